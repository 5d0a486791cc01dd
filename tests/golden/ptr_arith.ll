; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5
@m_m = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !28
@m_s = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !43
@tp_ro = constant [40 x i8] zeroinitializer, section ".rodata", align 8, !dbg !52

; Function Attrs: nounwind
define i32 @tp0_sys_enter_lseek(i8* %ctx) #0 section "tracepoint/syscalls/sys_enter_lseek" !dbg !73 {
entry:
  %tmp9 = alloca [1 x i64], align 8, !dbg !79
  %tmp7 = alloca [1 x i64], align 8, !dbg !79
  %tmp5 = alloca [1 x i64], align 8, !dbg !79
  %tmp3 = alloca [1 x i64], align 8, !dbg !79
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !78, metadata !DIExpression()), !dbg !79
  %zero = alloca i32, align 4, !dbg !80
  store i32 0, i32* %zero, align 4, !dbg !80
  %0 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([40 x i8], [40 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !80
  %1 = icmp eq i64 %0, 0, !dbg !80
  br i1 %1, label %pid.match, label %pid.filter, !dbg !80

return:                                           ; preds = %map.full22, %stat.inc24, %map.stored19, %pid.filter
  ret i32 0, !dbg !80

pid.filter:                                       ; preds = %entry
  %2 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !80
  %3 = lshr i64 %2, 32, !dbg !80
  %4 = icmp eq i64 %3, %0, !dbg !80
  br i1 %4, label %pid.match, label %return, !dbg !80

pid.match:                                        ; preds = %pid.filter, %entry
  %5 = getelementptr i8, i8* %ctx, i64 24, !dbg !81
  %6 = bitcast i8* %5 to i64*, !dbg !81
  %7 = load i64, i64* %6, align 8, !dbg !81
  %8 = add i64 %7, 12, !dbg !82
  %9 = inttoptr i64 %8 to i8*, !dbg !82
  %10 = bitcast [1 x i64]* %tmp3 to i8*, !dbg !82
  %11 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp3, i64 0, i64 0, !dbg !82
  store i64 0, i64* %11, align 8, !dbg !82
  %12 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* nonnull %10, i32 4, i8* %9) #0, !dbg !82
  %13 = bitcast [1 x i64]* %tmp3 to i32*, !dbg !82
  %14 = load i32, i32* %13, align 8, !dbg !82
  %15 = getelementptr i8, i8* %ctx, i64 16, !dbg !82
  %16 = bitcast i8* %15 to i32*, !dbg !82
  %17 = load i32, i32* %16, align 4, !dbg !82
  %18 = zext i32 %17 to i64, !dbg !82
  %19 = shl nuw nsw i64 %18, 2, !dbg !82
  %20 = add i64 %7, %19, !dbg !82
  %21 = inttoptr i64 %20 to i8*, !dbg !82
  %22 = bitcast [1 x i64]* %tmp5 to i8*, !dbg !82
  %23 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp5, i64 0, i64 0, !dbg !82
  store i64 0, i64* %23, align 8, !dbg !82
  %24 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* nonnull %22, i32 4, i8* %21) #0, !dbg !82
  %25 = bitcast [1 x i64]* %tmp5 to i32*, !dbg !82
  %26 = load i32, i32* %25, align 8, !dbg !82
  %27 = add i64 %7, -40, !dbg !82
  %28 = inttoptr i64 %27 to i8*, !dbg !82
  %29 = bitcast [1 x i64]* %tmp7 to i8*, !dbg !82
  %30 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp7, i64 0, i64 0, !dbg !82
  store i64 0, i64* %30, align 8, !dbg !82
  %31 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* nonnull %29, i32 4, i8* %28) #0, !dbg !82
  %32 = bitcast [1 x i64]* %tmp7 to i32*, !dbg !82
  %33 = load i32, i32* %32, align 8, !dbg !82
  %34 = add i64 %7, 80, !dbg !82
  %35 = inttoptr i64 %34 to i8*, !dbg !82
  %36 = getelementptr i8, i8* %35, i64 16, !dbg !82
  %37 = bitcast [1 x i64]* %tmp9 to i8*, !dbg !82
  %38 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp9, i64 0, i64 0, !dbg !82
  store i64 0, i64* %38, align 8, !dbg !82
  %39 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* nonnull %37, i32 8, i8* %36) #0, !dbg !82
  %40 = load i64, i64* %38, align 8, !dbg !82
  %41 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 40, i64 0) #0, !dbg !82
  %.not = icmp eq i8* %41, null, !dbg !82
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !82

rec.fill:                                         ; preds = %pid.match
  %42 = sext i32 %33 to i64, !dbg !82
  %43 = sext i32 %26 to i64, !dbg !82
  %44 = sext i32 %14 to i64, !dbg !82
  %45 = bitcast i8* %41 to i64*, !dbg !82
  store i64 1, i64* %45, align 8, !dbg !82
  %46 = getelementptr i8, i8* %41, i64 8, !dbg !82
  %47 = bitcast i8* %46 to i64*, !dbg !82
  store i64 %44, i64* %47, align 8, !dbg !82
  %48 = getelementptr i8, i8* %41, i64 16, !dbg !82
  %49 = bitcast i8* %48 to i64*, !dbg !82
  store i64 %43, i64* %49, align 8, !dbg !82
  %50 = getelementptr i8, i8* %41, i64 24, !dbg !82
  %51 = bitcast i8* %50 to i64*, !dbg !82
  store i64 %42, i64* %51, align 8, !dbg !82
  %52 = getelementptr i8, i8* %41, i64 32, !dbg !82
  %53 = bitcast i8* %52 to i64*, !dbg !82
  store i64 %40, i64* %53, align 8, !dbg !82
  %54 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !82
  %55 = icmp ugt i64 %54, 65536, !dbg !82
  %56 = select i1 %55, i64 2, i64 1, !dbg !82
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %41, i64 %56) #0, !dbg !82
  br label %rec.done, !dbg !82

rec.lost:                                         ; preds = %pid.match
  %57 = bitcast i32* %zero to i8*, !dbg !82
  %58 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %57) #0, !dbg !82
  %.not28 = icmp eq i8* %58, null, !dbg !82
  br i1 %.not28, label %rec.done, label %stat.inc, !dbg !82

rec.done:                                         ; preds = %rec.lost, %stat.inc, %rec.fill
  %59 = load i64, i64* %6, align 8, !dbg !83
  store i64 %59, i64* %11, align 8, !dbg !83
  store i64 0, i64* %23, align 8, !dbg !83
  %60 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_m to i8*), i8* nonnull %22, i8* nonnull %10, i64 0) #0, !dbg !83
  %61 = icmp slt i64 %60, 0, !dbg !83
  br i1 %61, label %map.full, label %map.stored, !dbg !83

stat.inc:                                         ; preds = %rec.lost
  %62 = bitcast i8* %58 to i64*, !dbg !82
  %63 = load i64, i64* %62, align 8, !dbg !82
  %64 = add i64 %63, 1, !dbg !82
  store i64 %64, i64* %62, align 8, !dbg !82
  br label %rec.done, !dbg !82

map.full:                                         ; preds = %rec.done
  %65 = bitcast i32* %zero to i8*, !dbg !83
  %66 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %65) #0, !dbg !83
  %.not34 = icmp eq i8* %66, null, !dbg !83
  br i1 %.not34, label %map.stored, label %stat.inc10, !dbg !83

map.stored:                                       ; preds = %map.full, %stat.inc10, %rec.done
  store i64 0, i64* %11, align 8, !dbg !84
  %67 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_m to i8*), i8* nonnull %10) #0, !dbg !84
  %.not29 = icmp eq i8* %67, null, !dbg !84
  br i1 %.not29, label %map.done, label %map.read, !dbg !84

stat.inc10:                                       ; preds = %map.full
  %68 = getelementptr i8, i8* %66, i64 8, !dbg !83
  %69 = bitcast i8* %68 to i64*, !dbg !83
  %70 = load i64, i64* %69, align 8, !dbg !83
  %71 = add i64 %70, 1, !dbg !83
  store i64 %71, i64* %69, align 8, !dbg !83
  br label %map.stored, !dbg !83

map.read:                                         ; preds = %map.stored
  %72 = bitcast i8* %67 to i64*, !dbg !84
  %73 = load i64, i64* %72, align 8, !dbg !84
  %phi.bo = add i64 %73, 8, !dbg !84
  br label %map.done, !dbg !84

map.done:                                         ; preds = %map.read, %map.stored
  %74 = phi i64 [ 8, %map.stored ], [ %phi.bo, %map.read ]
  store i64 %74, i64* %23, align 8, !dbg !84
  store i64 0, i64* %30, align 8, !dbg !84
  %75 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_m to i8*), i8* nonnull %29, i8* nonnull %22, i64 0) #0, !dbg !84
  %76 = icmp slt i64 %75, 0, !dbg !84
  br i1 %76, label %map.full12, label %map.stored13, !dbg !84

map.full12:                                       ; preds = %map.done
  %77 = bitcast i32* %zero to i8*, !dbg !84
  %78 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %77) #0, !dbg !84
  %.not33 = icmp eq i8* %78, null, !dbg !84
  br i1 %.not33, label %map.stored13, label %stat.inc14, !dbg !84

map.stored13:                                     ; preds = %map.full12, %stat.inc14, %map.done
  %79 = load i32, i32* %16, align 4, !dbg !85
  %80 = zext i32 %79 to i64, !dbg !85
  %81 = shl nuw nsw i64 %80, 3, !dbg !85
  store i64 0, i64* %11, align 8, !dbg !85
  %82 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_m to i8*), i8* nonnull %10) #0, !dbg !85
  %.not30 = icmp eq i8* %82, null, !dbg !85
  br i1 %.not30, label %map.done17, label %map.read16, !dbg !85

stat.inc14:                                       ; preds = %map.full12
  %83 = getelementptr i8, i8* %78, i64 8, !dbg !84
  %84 = bitcast i8* %83 to i64*, !dbg !84
  %85 = load i64, i64* %84, align 8, !dbg !84
  %86 = add i64 %85, 1, !dbg !84
  store i64 %86, i64* %84, align 8, !dbg !84
  br label %map.stored13, !dbg !84

map.read16:                                       ; preds = %map.stored13
  %87 = bitcast i8* %82 to i64*, !dbg !85
  %88 = load i64, i64* %87, align 8, !dbg !85
  br label %map.done17, !dbg !85

map.done17:                                       ; preds = %map.read16, %map.stored13
  %89 = phi i64 [ 0, %map.stored13 ], [ %88, %map.read16 ], !dbg !85
  %90 = add i64 %89, %81, !dbg !85
  store i64 %90, i64* %23, align 8, !dbg !85
  store i64 0, i64* %30, align 8, !dbg !85
  %91 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_m to i8*), i8* nonnull %29, i8* nonnull %22, i64 0) #0, !dbg !85
  %92 = icmp slt i64 %91, 0, !dbg !85
  br i1 %92, label %map.full18, label %map.stored19, !dbg !85

map.full18:                                       ; preds = %map.done17
  %93 = bitcast i32* %zero to i8*, !dbg !85
  %94 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %93) #0, !dbg !85
  %.not32 = icmp eq i8* %94, null, !dbg !85
  br i1 %.not32, label %map.stored19, label %stat.inc20, !dbg !85

map.stored19:                                     ; preds = %map.full18, %stat.inc20, %map.done17
  store i64 1, i64* %11, align 8, !dbg !86
  %95 = load i64, i64* %6, align 8, !dbg !86
  %96 = add i64 %95, -2, !dbg !86
  store i64 %96, i64* %23, align 8, !dbg !86
  %97 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_s to i8*), i8* nonnull %22, i8* nonnull %10, i64 0) #0, !dbg !86
  %98 = icmp slt i64 %97, 0, !dbg !86
  br i1 %98, label %map.full22, label %return, !dbg !86

stat.inc20:                                       ; preds = %map.full18
  %99 = getelementptr i8, i8* %94, i64 8, !dbg !85
  %100 = bitcast i8* %99 to i64*, !dbg !85
  %101 = load i64, i64* %100, align 8, !dbg !85
  %102 = add i64 %101, 1, !dbg !85
  store i64 %102, i64* %100, align 8, !dbg !85
  br label %map.stored19, !dbg !85

map.full22:                                       ; preds = %map.stored19
  %103 = bitcast i32* %zero to i8*, !dbg !86
  %104 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %103) #0, !dbg !86
  %.not31 = icmp eq i8* %104, null, !dbg !86
  br i1 %.not31, label %return, label %stat.inc24, !dbg !86

stat.inc24:                                       ; preds = %map.full22
  %105 = getelementptr i8, i8* %104, i64 16, !dbg !86
  %106 = bitcast i8* %105 to i64*, !dbg !86
  %107 = load i64, i64* %106, align 8, !dbg !86
  %108 = add i64 %107, 1, !dbg !86
  store i64 %108, i64* %106, align 8, !dbg !86
  br label %return, !dbg !86
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!71, !72}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !59, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "ptr_arith.tp", directory: ".")
!4 = !{!0, !5, !28, !43, !52}
!5 = !DIGlobalVariableExpression(var: !6, expr: !DIExpression())
!6 = distinct !DIGlobalVariable(name: "tp_stats", linkageName: "tp_stats", scope: !2, file: !3, type: !7, isLocal: false, isDefinition: true, align: 64)
!7 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !8)
!8 = !{!9, !15, !20, !22}
!9 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !10, size: 64, align: 64)
!10 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !11, size: 64, align: 64, dwarfAddressSpace: 0)
!11 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 192, align: 32, elements: !13)
!12 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!13 = !{!14}
!14 = !DISubrange(count: 6, lowerBound: 0)
!15 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !16, size: 64, align: 64, offset: 64)
!16 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !17, size: 64, align: 64, dwarfAddressSpace: 0)
!17 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 32, align: 32, elements: !18)
!18 = !{!19}
!19 = !DISubrange(count: 1, lowerBound: 0)
!20 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !21, size: 64, align: 64, offset: 128)
!21 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !12, size: 64, align: 64, dwarfAddressSpace: 0)
!22 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !23, size: 64, align: 64, offset: 192)
!23 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !24, size: 64, align: 64, dwarfAddressSpace: 0)
!24 = !DICompositeType(tag: DW_TAG_array_type, baseType: !25, size: 192, align: 64, elements: !26)
!25 = !DIBasicType(name: "unsigned long long", size: 64, encoding: DW_ATE_unsigned)
!26 = !{!27}
!27 = !DISubrange(count: 3, lowerBound: 0)
!28 = !DIGlobalVariableExpression(var: !29, expr: !DIExpression())
!29 = distinct !DIGlobalVariable(name: "m_m", linkageName: "m_m", scope: !2, file: !3, type: !30, isLocal: false, isDefinition: true, align: 64)
!30 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !31)
!31 = !{!32, !33, !38, !40}
!32 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !16, size: 64, align: 64)
!33 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !34, size: 64, align: 64, offset: 64)
!34 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !35, size: 64, align: 64, dwarfAddressSpace: 0)
!35 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 131072, align: 32, elements: !36)
!36 = !{!37}
!37 = !DISubrange(count: 4096, lowerBound: 0)
!38 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !39, size: 64, align: 64, offset: 128)
!39 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !25, size: 64, align: 64, dwarfAddressSpace: 0)
!40 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !41, size: 64, align: 64, offset: 192)
!41 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !42, size: 64, align: 64, dwarfAddressSpace: 0)
!42 = !DIBasicType(name: "long long", size: 64, encoding: DW_ATE_signed)
!43 = !DIGlobalVariableExpression(var: !44, expr: !DIExpression())
!44 = distinct !DIGlobalVariable(name: "m_s", linkageName: "m_s", scope: !2, file: !3, type: !45, isLocal: false, isDefinition: true, align: 64)
!45 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !46)
!46 = !{!32, !33, !47, !40}
!47 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !48, size: 64, align: 64, offset: 128)
!48 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !49, size: 64, align: 64, dwarfAddressSpace: 0)
!49 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 64, align: 64, elements: !50)
!50 = !{!51}
!51 = !DIDerivedType(tag: DW_TAG_member, name: "k0", scope: !3, file: !3, baseType: !25, size: 64, align: 8)
!52 = !DIGlobalVariableExpression(var: !53, expr: !DIExpression())
!53 = distinct !DIGlobalVariable(name: "tp_ro", linkageName: "tp_ro", scope: !2, file: !3, type: !54, isLocal: false, isDefinition: true, align: 64)
!54 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !55)
!55 = !DICompositeType(tag: DW_TAG_array_type, baseType: !56, size: 320, align: 8, elements: !57)
!56 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!57 = !{!58}
!58 = !DISubrange(count: 40, lowerBound: 0)
!59 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 128, align: 64, elements: !60)
!60 = !{!61, !66}
!61 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !62, size: 64, align: 64)
!62 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !63, size: 64, align: 64, dwarfAddressSpace: 0)
!63 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 864, align: 32, elements: !64)
!64 = !{!65}
!65 = !DISubrange(count: 27, lowerBound: 0)
!66 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !67, size: 64, align: 64, offset: 64)
!67 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !68, size: 64, align: 64, dwarfAddressSpace: 0)
!68 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 8388608, align: 32, elements: !69)
!69 = !{!70}
!70 = !DISubrange(count: 262144, lowerBound: 0)
!71 = !{i32 2, !"Debug Info Version", i32 3}
!72 = !{i32 2, !"Dwarf Version", i32 4}
!73 = distinct !DISubprogram(name: "tp0_sys_enter_lseek", linkageName: "tp0_sys_enter_lseek", scope: !3, file: !3, line: 4, type: !74, scopeLine: 4, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !77)
!74 = !DISubroutineType(types: !75)
!75 = !{!12, !76}
!76 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!77 = !{!78}
!78 = !DILocalVariable(name: "ctx", arg: 1, scope: !73, file: !3, line: 4, type: !76)
!79 = !DILocation(line: 4, scope: !73)
!80 = !DILocation(line: 4, column: 1, scope: !73)
!81 = !DILocation(line: 5, column: 2, scope: !73)
!82 = !DILocation(line: 7, column: 2, scope: !73)
!83 = !DILocation(line: 8, column: 2, scope: !73)
!84 = !DILocation(line: 9, column: 2, scope: !73)
!85 = !DILocation(line: 10, column: 2, scope: !73)
!86 = !DILocation(line: 11, column: 2, scope: !73)
