; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5
@m_h = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !28
@m_hk = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !37
@m_hs = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !60
@tp_ro = constant [560 x i8] zeroinitializer, section ".rodata", align 8, !dbg !62

; Function Attrs: nounwind
define i32 @tp0_sys_enter_read(i8* %ctx) #0 section "tracepoint/syscalls/sys_enter_read" !dbg !82 {
entry:
  %tmp1 = alloca [2 x i64], align 8, !dbg !88
  %tmp = alloca [1 x i64], align 8, !dbg !88
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !87, metadata !DIExpression()), !dbg !88
  %zero = alloca i32, align 4, !dbg !89
  store i32 0, i32* %zero, align 4, !dbg !89
  %0 = getelementptr i8, i8* %ctx, i64 32, !dbg !90
  %1 = bitcast i8* %0 to i64*, !dbg !90
  %2 = load i64, i64* %1, align 8, !dbg !90
  %3 = bitcast [1 x i64]* %tmp to i8*, !dbg !90
  %4 = bitcast [1 x i64]* %tmp to i32*, !dbg !90
  store i32 0, i32* %4, align 8, !dbg !90
  %5 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_h to i8*), i8* nonnull %3) #0, !dbg !90
  %.not = icmp eq i8* %5, null, !dbg !90
  br i1 %.not, label %agg.done, label %agg.have, !dbg !90

agg.done:                                         ; preds = %bucket.done, %entry
  %6 = load i64, i64* %1, align 8, !dbg !91
  %7 = bitcast [2 x i64]* %tmp1 to i8*, !dbg !91
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(16) %7, i8 0, i64 16, i1 false), !dbg !91
  %8 = call i64 inttoptr (i64 16 to i64 (i8*, i32)*)(i8* nonnull %7, i32 16) #0, !dbg !91
  %9 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_hk to i8*), i8* nonnull %7) #0, !dbg !91
  %.not7 = icmp eq i8* %9, null, !dbg !91
  br i1 %.not7, label %agg.init, label %agg.have3, !dbg !91

agg.have:                                         ; preds = %entry
  %10 = icmp ugt i64 %2, 4294967295, !dbg !90
  %11 = lshr i64 %2, 32, !dbg !90
  %12 = select i1 %10, i64 %11, i64 %2, !dbg !90
  %13 = select i1 %10, i64 32, i64 0, !dbg !90
  %14 = icmp ugt i64 %12, 65535, !dbg !90
  %15 = lshr i64 %12, 16, !dbg !90
  %16 = select i1 %14, i64 %15, i64 %12, !dbg !90
  %17 = or i64 %13, 16, !dbg !90
  %18 = select i1 %14, i64 %17, i64 %13, !dbg !90
  %19 = icmp ugt i64 %16, 255, !dbg !90
  %20 = lshr i64 %16, 8, !dbg !90
  %21 = select i1 %19, i64 %20, i64 %16, !dbg !90
  %22 = or i64 %18, 8, !dbg !90
  %23 = select i1 %19, i64 %22, i64 %18, !dbg !90
  %24 = icmp ugt i64 %21, 15, !dbg !90
  %25 = lshr i64 %21, 4, !dbg !90
  %26 = select i1 %24, i64 %25, i64 %21, !dbg !90
  %27 = or i64 %23, 4, !dbg !90
  %28 = select i1 %24, i64 %27, i64 %23, !dbg !90
  %29 = icmp ugt i64 %26, 3, !dbg !90
  %30 = lshr i64 %26, 2, !dbg !90
  %31 = select i1 %29, i64 %30, i64 %26, !dbg !90
  %32 = add i64 %28, 2, !dbg !90
  %33 = select i1 %29, i64 %32, i64 %28, !dbg !90
  %34 = icmp ugt i64 %31, 1, !dbg !90
  %35 = zext i1 %34 to i64, !dbg !90
  %36 = add i64 %33, %35, !dbg !90
  %37 = add i64 %36, 2, !dbg !90
  %38 = icmp eq i64 %2, 0, !dbg !90
  %39 = select i1 %38, i64 1, i64 %37, !dbg !90
  %40 = icmp slt i64 %2, 0, !dbg !90
  %bucket = select i1 %40, i64 0, i64 %39, !dbg !90
  %41 = icmp ult i64 %bucket, 66, !dbg !90
  br i1 %41, label %bucket.bump, label %bucket.done, !dbg !90

bucket.bump:                                      ; preds = %agg.have
  %42 = shl i64 %bucket, 3, !dbg !90
  %43 = getelementptr i8, i8* %5, i64 %42, !dbg !90
  %44 = bitcast i8* %43 to i64*, !dbg !90
  %45 = load i64, i64* %44, align 8, !dbg !90
  %46 = add i64 %45, 1, !dbg !90
  store i64 %46, i64* %44, align 8, !dbg !90
  br label %bucket.done, !dbg !90

bucket.done:                                      ; preds = %bucket.bump, %agg.have
  %47 = getelementptr i8, i8* %5, i64 528, !dbg !90
  %48 = bitcast i8* %47 to i64*, !dbg !90
  %49 = load i64, i64* %48, align 8, !dbg !90
  %50 = add i64 %49, %2, !dbg !90
  store i64 %50, i64* %48, align 8, !dbg !90
  br label %agg.done, !dbg !90

agg.done2:                                        ; preds = %agg.full, %stat.inc, %bucket.done6
  ret i32 0, !dbg !89

agg.have3:                                        ; preds = %agg.init, %agg.done
  %agg = phi i8* [ %9, %agg.done ], [ %84, %agg.init ], !dbg !91
  %51 = icmp ugt i64 %6, 4294967295, !dbg !91
  %52 = lshr i64 %6, 32, !dbg !91
  %53 = select i1 %51, i64 %52, i64 %6, !dbg !91
  %54 = select i1 %51, i64 32, i64 0, !dbg !91
  %55 = icmp ugt i64 %53, 65535, !dbg !91
  %56 = lshr i64 %53, 16, !dbg !91
  %57 = select i1 %55, i64 %56, i64 %53, !dbg !91
  %58 = or i64 %54, 16, !dbg !91
  %59 = select i1 %55, i64 %58, i64 %54, !dbg !91
  %60 = icmp ugt i64 %57, 255, !dbg !91
  %61 = lshr i64 %57, 8, !dbg !91
  %62 = select i1 %60, i64 %61, i64 %57, !dbg !91
  %63 = or i64 %59, 8, !dbg !91
  %64 = select i1 %60, i64 %63, i64 %59, !dbg !91
  %65 = icmp ugt i64 %62, 15, !dbg !91
  %66 = lshr i64 %62, 4, !dbg !91
  %67 = select i1 %65, i64 %66, i64 %62, !dbg !91
  %68 = or i64 %64, 4, !dbg !91
  %69 = select i1 %65, i64 %68, i64 %64, !dbg !91
  %70 = icmp ugt i64 %67, 3, !dbg !91
  %71 = lshr i64 %67, 2, !dbg !91
  %72 = select i1 %70, i64 %71, i64 %67, !dbg !91
  %73 = add i64 %69, 2, !dbg !91
  %74 = select i1 %70, i64 %73, i64 %69, !dbg !91
  %75 = icmp ugt i64 %72, 1, !dbg !91
  %76 = zext i1 %75 to i64, !dbg !91
  %77 = add i64 %74, %76, !dbg !91
  %78 = add i64 %77, 2, !dbg !91
  %79 = icmp eq i64 %6, 0, !dbg !91
  %80 = select i1 %79, i64 1, i64 %78, !dbg !91
  %81 = icmp slt i64 %6, 0, !dbg !91
  %bucket4 = select i1 %81, i64 0, i64 %80, !dbg !91
  %82 = icmp ult i64 %bucket4, 66, !dbg !91
  br i1 %82, label %bucket.bump5, label %bucket.done6, !dbg !91

agg.init:                                         ; preds = %agg.done
  %83 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_hk to i8*), i8* nonnull %7, i8* getelementptr inbounds ([560 x i8], [560 x i8]* @tp_ro, i64 0, i64 24), i64 1) #0, !dbg !91
  %84 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_hk to i8*), i8* nonnull %7) #0, !dbg !91
  %.not8 = icmp eq i8* %84, null, !dbg !91
  br i1 %.not8, label %agg.full, label %agg.have3, !dbg !91

agg.full:                                         ; preds = %agg.init
  %85 = bitcast i32* %zero to i8*, !dbg !91
  %86 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %85) #0, !dbg !91
  %.not9 = icmp eq i8* %86, null, !dbg !91
  br i1 %.not9, label %agg.done2, label %stat.inc, !dbg !91

stat.inc:                                         ; preds = %agg.full
  %87 = getelementptr i8, i8* %86, i64 16, !dbg !91
  %88 = bitcast i8* %87 to i64*, !dbg !91
  %89 = load i64, i64* %88, align 8, !dbg !91
  %90 = add i64 %89, 1, !dbg !91
  store i64 %90, i64* %88, align 8, !dbg !91
  br label %agg.done2, !dbg !91

bucket.bump5:                                     ; preds = %agg.have3
  %91 = shl i64 %bucket4, 3, !dbg !91
  %92 = getelementptr i8, i8* %agg, i64 %91, !dbg !91
  %93 = bitcast i8* %92 to i64*, !dbg !91
  %94 = load i64, i64* %93, align 8, !dbg !91
  %95 = add i64 %94, 1, !dbg !91
  store i64 %95, i64* %93, align 8, !dbg !91
  br label %bucket.done6, !dbg !91

bucket.done6:                                     ; preds = %bucket.bump5, %agg.have3
  %96 = getelementptr i8, i8* %agg, i64 528, !dbg !91
  %97 = bitcast i8* %96 to i64*, !dbg !91
  %98 = load i64, i64* %97, align 8, !dbg !91
  %99 = add i64 %98, %6, !dbg !91
  store i64 %99, i64* %97, align 8, !dbg !91
  br label %agg.done2, !dbg !91
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

; Function Attrs: argmemonly nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #2

; Function Attrs: nounwind
define i32 @tp1_sys_exit_read(i8* %ctx) #0 section "tracepoint/syscalls/sys_exit_read" !dbg !92 {
entry:
  %tmp = alloca [1 x i64], align 8, !dbg !95
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !94, metadata !DIExpression()), !dbg !95
  %0 = getelementptr i8, i8* %ctx, i64 16, !dbg !96
  %1 = bitcast i8* %0 to i64*, !dbg !96
  %2 = load i64, i64* %1, align 8, !dbg !96
  %3 = bitcast [1 x i64]* %tmp to i8*, !dbg !96
  %4 = bitcast [1 x i64]* %tmp to i32*, !dbg !96
  store i32 0, i32* %4, align 8, !dbg !96
  %5 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_hs to i8*), i8* nonnull %3) #0, !dbg !96
  %.not = icmp eq i8* %5, null, !dbg !96
  br i1 %.not, label %agg.done, label %agg.have, !dbg !96

agg.done:                                         ; preds = %bucket.done, %entry
  ret i32 0, !dbg !97

agg.have:                                         ; preds = %entry
  %6 = icmp ugt i64 %2, 4294967295, !dbg !96
  %7 = lshr i64 %2, 32, !dbg !96
  %8 = select i1 %6, i64 %7, i64 %2, !dbg !96
  %9 = select i1 %6, i64 32, i64 0, !dbg !96
  %10 = icmp ugt i64 %8, 65535, !dbg !96
  %11 = lshr i64 %8, 16, !dbg !96
  %12 = select i1 %10, i64 %11, i64 %8, !dbg !96
  %13 = or i64 %9, 16, !dbg !96
  %14 = select i1 %10, i64 %13, i64 %9, !dbg !96
  %15 = icmp ugt i64 %12, 255, !dbg !96
  %16 = lshr i64 %12, 8, !dbg !96
  %17 = select i1 %15, i64 %16, i64 %12, !dbg !96
  %18 = or i64 %14, 8, !dbg !96
  %19 = select i1 %15, i64 %18, i64 %14, !dbg !96
  %20 = icmp ugt i64 %17, 15, !dbg !96
  %21 = lshr i64 %17, 4, !dbg !96
  %22 = select i1 %20, i64 %21, i64 %17, !dbg !96
  %23 = or i64 %19, 4, !dbg !96
  %24 = select i1 %20, i64 %23, i64 %19, !dbg !96
  %25 = icmp ugt i64 %22, 3, !dbg !96
  %26 = lshr i64 %22, 2, !dbg !96
  %27 = select i1 %25, i64 %26, i64 %22, !dbg !96
  %28 = add i64 %24, 2, !dbg !96
  %29 = select i1 %25, i64 %28, i64 %24, !dbg !96
  %30 = icmp ugt i64 %27, 1, !dbg !96
  %31 = zext i1 %30 to i64, !dbg !96
  %32 = add i64 %29, %31, !dbg !96
  %33 = add i64 %32, 2, !dbg !96
  %34 = icmp eq i64 %2, 0, !dbg !96
  %35 = select i1 %34, i64 1, i64 %33, !dbg !96
  %36 = icmp slt i64 %2, 0, !dbg !96
  %bucket = select i1 %36, i64 0, i64 %35, !dbg !96
  %37 = icmp ult i64 %bucket, 66, !dbg !96
  br i1 %37, label %bucket.bump, label %bucket.done, !dbg !96

bucket.bump:                                      ; preds = %agg.have
  %38 = shl i64 %bucket, 3, !dbg !96
  %39 = getelementptr i8, i8* %5, i64 %38, !dbg !96
  %40 = bitcast i8* %39 to i64*, !dbg !96
  %41 = load i64, i64* %40, align 8, !dbg !96
  %42 = add i64 %41, 1, !dbg !96
  store i64 %42, i64* %40, align 8, !dbg !96
  br label %bucket.done, !dbg !96

bucket.done:                                      ; preds = %bucket.bump, %agg.have
  %43 = getelementptr i8, i8* %5, i64 528, !dbg !96
  %44 = bitcast i8* %43 to i64*, !dbg !96
  %45 = load i64, i64* %44, align 8, !dbg !96
  %46 = add i64 %45, %2, !dbg !96
  store i64 %46, i64* %44, align 8, !dbg !96
  br label %agg.done, !dbg !96
}

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #2 = { argmemonly nofree nounwind willreturn writeonly }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!80, !81}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !68, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "agg_hist.tp", directory: ".")
!4 = !{!0, !5, !28, !37, !60, !62}
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
!24 = !DICompositeType(tag: DW_TAG_array_type, baseType: !25, size: 256, align: 64, elements: !26)
!25 = !DIBasicType(name: "unsigned long long", size: 64, encoding: DW_ATE_unsigned)
!26 = !{!27}
!27 = !DISubrange(count: 4, lowerBound: 0)
!28 = !DIGlobalVariableExpression(var: !29, expr: !DIExpression())
!29 = distinct !DIGlobalVariable(name: "m_h", linkageName: "m_h", scope: !2, file: !3, type: !30, isLocal: false, isDefinition: true, align: 64)
!30 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !31)
!31 = !{!9, !15, !20, !32}
!32 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !33, size: 64, align: 64, offset: 192)
!33 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !34, size: 64, align: 64, dwarfAddressSpace: 0)
!34 = !DICompositeType(tag: DW_TAG_array_type, baseType: !25, size: 4288, align: 64, elements: !35)
!35 = !{!36}
!36 = !DISubrange(count: 67, lowerBound: 0)
!37 = !DIGlobalVariableExpression(var: !38, expr: !DIExpression())
!38 = distinct !DIGlobalVariable(name: "m_hk", linkageName: "m_hk", scope: !2, file: !3, type: !39, isLocal: false, isDefinition: true, align: 64)
!39 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !40)
!40 = !{!41, !46, !51, !32}
!41 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !42, size: 64, align: 64)
!42 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !43, size: 64, align: 64, dwarfAddressSpace: 0)
!43 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 160, align: 32, elements: !44)
!44 = !{!45}
!45 = !DISubrange(count: 5, lowerBound: 0)
!46 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !47, size: 64, align: 64, offset: 64)
!47 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !48, size: 64, align: 64, dwarfAddressSpace: 0)
!48 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 131072, align: 32, elements: !49)
!49 = !{!50}
!50 = !DISubrange(count: 4096, lowerBound: 0)
!51 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !52, size: 64, align: 64, offset: 128)
!52 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !53, size: 64, align: 64, dwarfAddressSpace: 0)
!53 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 128, align: 64, elements: !54)
!54 = !{!55}
!55 = !DIDerivedType(tag: DW_TAG_member, name: "k0", scope: !3, file: !3, baseType: !56, size: 128, align: 8)
!56 = !DICompositeType(tag: DW_TAG_array_type, baseType: !57, size: 128, align: 8, elements: !58)
!57 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!58 = !{!59}
!59 = !DISubrange(count: 16, lowerBound: 0)
!60 = !DIGlobalVariableExpression(var: !61, expr: !DIExpression())
!61 = distinct !DIGlobalVariable(name: "m_hs", linkageName: "m_hs", scope: !2, file: !3, type: !30, isLocal: false, isDefinition: true, align: 64)
!62 = !DIGlobalVariableExpression(var: !63, expr: !DIExpression())
!63 = distinct !DIGlobalVariable(name: "tp_ro", linkageName: "tp_ro", scope: !2, file: !3, type: !64, isLocal: false, isDefinition: true, align: 64)
!64 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !65)
!65 = !DICompositeType(tag: DW_TAG_array_type, baseType: !57, size: 4480, align: 8, elements: !66)
!66 = !{!67}
!67 = !DISubrange(count: 560, lowerBound: 0)
!68 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 128, align: 64, elements: !69)
!69 = !{!70, !75}
!70 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !71, size: 64, align: 64)
!71 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !72, size: 64, align: 64, dwarfAddressSpace: 0)
!72 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 864, align: 32, elements: !73)
!73 = !{!74}
!74 = !DISubrange(count: 27, lowerBound: 0)
!75 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !76, size: 64, align: 64, offset: 64)
!76 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !77, size: 64, align: 64, dwarfAddressSpace: 0)
!77 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 8388608, align: 32, elements: !78)
!78 = !{!79}
!79 = !DISubrange(count: 262144, lowerBound: 0)
!80 = !{i32 2, !"Debug Info Version", i32 3}
!81 = !{i32 2, !"Dwarf Version", i32 4}
!82 = distinct !DISubprogram(name: "tp0_sys_enter_read", linkageName: "tp0_sys_enter_read", scope: !3, file: !3, line: 2, type: !83, scopeLine: 2, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !86)
!83 = !DISubroutineType(types: !84)
!84 = !{!12, !85}
!85 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!86 = !{!87}
!87 = !DILocalVariable(name: "ctx", arg: 1, scope: !82, file: !3, line: 2, type: !85)
!88 = !DILocation(line: 2, scope: !82)
!89 = !DILocation(line: 2, column: 1, scope: !82)
!90 = !DILocation(line: 3, column: 2, scope: !82)
!91 = !DILocation(line: 4, column: 2, scope: !82)
!92 = distinct !DISubprogram(name: "tp1_sys_exit_read", linkageName: "tp1_sys_exit_read", scope: !3, file: !3, line: 6, type: !83, scopeLine: 6, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !93)
!93 = !{!94}
!94 = !DILocalVariable(name: "ctx", arg: 1, scope: !92, file: !3, line: 6, type: !85)
!95 = !DILocation(line: 6, scope: !92)
!96 = !DILocation(line: 7, column: 2, scope: !92)
!97 = !DILocation(line: 6, column: 1, scope: !92)
